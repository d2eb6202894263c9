<?xml version="1.0" encoding="UTF-8"?>
<!-- Demonstration plan for Zügig, written for this project (not a real plan). XPlanGML 6.0. -->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="Gml_Auszug_Lindenweg">
  <gml:boundedBy><gml:Envelope srsName="EPSG:25833"><gml:lowerCorner>390000.00 5819000.00</gml:lowerCorner><gml:upperCorner>390200.00 5819120.00</gml:upperCorner></gml:Envelope></gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="Gml_Plan_Lindenweg">
      <xplan:name>Bebauungsplan Nr. 12 "Am Lindenweg"</xplan:name>
      <xplan:nummer>12</xplan:nummer>
      <xplan:beschreibung>Demonstrationsplan für Zügig (frei erfunden).</xplan:beschreibung>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon gml:id="Gml_Scope" srsName="EPSG:25833">
          <gml:exterior><gml:LinearRing><gml:posList srsDimension="2">390000.00 5819000.00 390200.00 5819000.00 390200.00 5819120.00 390000.00 5819120.00 390000.00 5819000.00</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>12345000</xplan:ags><xplan:gemeindeName>Musterstadt</xplan:gemeindeName></xplan:XP_Gemeinde></xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:bereich xlink:href="#Gml_Bereich_0"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="Gml_Bereich_0">
      <xplan:nummer>0</xplan:nummer>
      <xplan:geltungsbereich>
        <gml:Polygon gml:id="Gml_Bereich_Scope" srsName="EPSG:25833">
          <gml:exterior><gml:LinearRing><gml:posList srsDimension="2">390000.00 5819000.00 390200.00 5819000.00 390200.00 5819120.00 390000.00 5819120.00 390000.00 5819000.00</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:geltungsbereich>
      <xplan:gehoertZuPlan xlink:href="#Gml_Plan_Lindenweg"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenVerkehrsFlaeche gml:id="Gml_Strasse_Lindenweg">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_Strasse_Geom" srsName="EPSG:25833">
          <gml:exterior><gml:LinearRing><gml:posList srsDimension="2">390000.00 5819000.00 390200.00 5819000.00 390200.00 5819010.00 390000.00 5819010.00 390000.00 5819000.00</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_StrassenVerkehrsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="Gml_WA1">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>2000</xplan:hoehenbezug>
          <xplan:bezugspunkt>2000</xplan:bezugspunkt>
          <xplan:hMax uom="m">10.5</xplan:hMax>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:gliederung1>WA 1</xplan:gliederung1>
      <xplan:position>
        <gml:Polygon gml:id="Gml_WA1_Geom" srsName="EPSG:25833">
          <gml:exterior><gml:LinearRing><gml:posList srsDimension="2">390000.00 5819010.00 390100.00 5819010.00 390100.00 5819120.00 390000.00 5819120.00 390000.00 5819010.00</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>2</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="Gml_MI1">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:hoehenangabe>
        <xplan:XP_Hoehenangabe>
          <xplan:hoehenbezug>2000</xplan:hoehenbezug>
          <xplan:bezugspunkt>3000</xplan:bezugspunkt>
          <xplan:hMax uom="m">13</xplan:hMax>
        </xplan:XP_Hoehenangabe>
      </xplan:hoehenangabe>
      <xplan:gliederung1>MI</xplan:gliederung1>
      <xplan:position>
        <gml:Polygon gml:id="Gml_MI1_Geom" srsName="EPSG:25833">
          <gml:exterior><gml:LinearRing><gml:posList srsDimension="2">390100.00 5819010.00 390200.00 5819010.00 390200.00 5819120.00 390100.00 5819120.00 390100.00 5819010.00</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZmax>1.2</xplan:GFZmax>
      <xplan:GRZ>0.6</xplan:GRZ>
      <xplan:Zmax>3</xplan:Zmax>
      <xplan:besondereArtDerBaulNutzung>1500</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_BG_WA">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Curve gml:id="Gml_BG_WA_Geom" srsName="EPSG:25833">
          <gml:segments>
            <gml:LineStringSegment interpolation="linear"><gml:posList>390005.00 5819015.00 390095.00 5819015.00 390095.00 5819035.00</gml:posList></gml:LineStringSegment>
            <gml:Arc interpolation="circularArc3Points"><gml:posList>390095.00 5819035.00 390093.54 5819038.54 390090.00 5819040.00</gml:posList></gml:Arc>
            <gml:LineStringSegment interpolation="linear"><gml:posList>390090.00 5819040.00 390005.00 5819040.00 390005.00 5819015.00</gml:posList></gml:LineStringSegment>
          </gml:segments>
        </gml:Curve>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_UBF_WA">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_UBF_WA_Geom" srsName="EPSG:25833">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember><gml:LineString gml:id="Gml_UBF_WA_L1"><gml:posList>390005.00 5819015.00 390095.00 5819015.00 390095.00 5819035.00</gml:posList></gml:LineString></gml:curveMember>
              <gml:curveMember><gml:Curve gml:id="Gml_UBF_WA_C1"><gml:segments><gml:Arc><gml:posList>390095.00 5819035.00 390093.54 5819038.54 390090.00 5819040.00</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember>
              <gml:curveMember><gml:LineString gml:id="Gml_UBF_WA_L2"><gml:posList>390090.00 5819040.00 390005.00 5819040.00 390005.00 5819015.00</gml:posList></gml:LineString></gml:curveMember>
            </gml:Ring>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_BG_WA"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="Gml_BL_MI">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_BL_MI_Geom" srsName="EPSG:25833"><gml:posList srsDimension="2">390105.00 5819015.00 390195.00 5819015.00</gml:posList></gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="Gml_BG_MI">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="Gml_BG_MI_Geom" srsName="EPSG:25833"><gml:posList srsDimension="2">390195.00 5819015.00 390195.00 5819045.00 390105.00 5819045.00 390105.00 5819015.00</gml:posList></gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="Gml_UBF_MI">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon gml:id="Gml_UBF_MI_Geom" srsName="EPSG:25833">
          <gml:exterior><gml:LinearRing><gml:posList srsDimension="2">390105.00 5819015.00 390195.00 5819015.00 390195.00 5819045.00 390105.00 5819045.00 390105.00 5819015.00</gml:posList></gml:LinearRing></gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:baugrenze xlink:href="#Gml_BG_MI"/>
      <xplan:baulinie xlink:href="#Gml_BL_MI"/>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="Gml_Baum_1">
      <xplan:gehoertZuBereich xlink:href="#Gml_Bereich_0"/>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:position><gml:Point gml:id="Gml_Baum_1_Geom" srsName="EPSG:25833"><gml:pos>390050.00 5819100.00</gml:pos></gml:Point></xplan:position>
      <xplan:massnahme>2000</xplan:massnahme>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
</xplan:XPlanAuszug>
