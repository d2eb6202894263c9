#!/usr/bin/env python3
"""Generates a large XPlanGML 6.0 plan for the benchmark: blocks of building zones with notched
outlines, building windows, Baugrenzen and Baulinien, N features in all; plus a project in its middle
and the zone/window polygons as JSON for the shapely run. Deterministic (seed 4711)."""
import json
import math
import random
import sys

def main(features, out):
    rng = random.Random(4711)
    x0, y0 = 390000.0, 5810000.0
    blocks = max(1, features // 4)
    side = math.ceil(math.sqrt(blocks))
    parts, polygons = [], []
    def pos(points):
        return " ".join(f"{x:.3f} {y:.3f}" for x, y in points)
    def notched(x, y, w, h):
        # A rectangle whose edges carry small random notches: 4 + 4*k vertices.
        pts = []
        k = 6
        for i in range(k):
            pts.append((x + w * i / k, y + (0 if i % 2 == 0 else rng.uniform(0, 1.5))))
        for i in range(k):
            pts.append((x + w - (0 if i % 2 == 0 else rng.uniform(0, 1.5)), y + h * i / k))
        for i in range(k):
            pts.append((x + w - w * i / k, y + h - (0 if i % 2 == 0 else rng.uniform(0, 1.5))))
        for i in range(k):
            pts.append((x + (0 if i % 2 == 0 else rng.uniform(0, 1.5)), y + h - h * i / k))
        return pts + [pts[0]]
    count = 0
    for b in range(blocks):
        bx, by = x0 + (b % side) * 120.0, y0 + (b // side) * 120.0
        zone = notched(bx, by, 110, 110)
        window = [(bx + 10, by + 10), (bx + 100, by + 10), (bx + 100, by + 60), (bx + 10, by + 60), (bx + 10, by + 10)]
        code = rng.choice([1100, 1200, 1200, 1500, 1550, 1700])
        polygons.append(zone[:-1]); polygons.append(window[:-1])
        parts.append(f'''<gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id="Z{b}"><xplan:rechtscharakter>1000</xplan:rechtscharakter>
<xplan:hoehenangabe><xplan:XP_Hoehenangabe><xplan:hoehenbezug>2000</xplan:hoehenbezug><xplan:bezugspunkt>2000</xplan:bezugspunkt><xplan:hMax uom="m">{rng.choice([9.5, 12, 15.5])}</xplan:hMax></xplan:XP_Hoehenangabe></xplan:hoehenangabe>
<xplan:position><gml:Polygon gml:id="ZP{b}" srsName="EPSG:25833"><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">{pos(zone)}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position>
<xplan:flaechenschluss>true</xplan:flaechenschluss><xplan:GFZ>{rng.choice([0.8, 1.2])}</xplan:GFZ><xplan:GRZ>{rng.choice([0.3, 0.4, 0.6])}</xplan:GRZ><xplan:Z>{rng.choice([2, 3, 4])}</xplan:Z>
<xplan:besondereArtDerBaulNutzung>{code}</xplan:besondereArtDerBaulNutzung></xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>''')
        parts.append(f'''<gml:featureMember><xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="U{b}"><xplan:position><gml:Polygon gml:id="UP{b}" srsName="EPSG:25833"><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">{pos(window)}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss><xplan:baugrenze xlink:href="#G{b}"/></xplan:BP_UeberbaubareGrundstuecksFlaeche></gml:featureMember>''')
        parts.append(f'''<gml:featureMember><xplan:BP_BauGrenze gml:id="G{b}"><xplan:position><gml:LineString gml:id="GL{b}" srsName="EPSG:25833"><gml:posList srsDimension="2">{pos(window[1:])}</gml:posList></gml:LineString></xplan:position></xplan:BP_BauGrenze></gml:featureMember>''')
        parts.append(f'''<gml:featureMember><xplan:BP_BauLinie gml:id="L{b}"><xplan:position><gml:LineString gml:id="LL{b}" srsName="EPSG:25833"><gml:posList srsDimension="2">{pos(window[:2])}</gml:posList></gml:LineString></xplan:position></xplan:BP_BauLinie></gml:featureMember>''')
        count += 4
    plan = f'''<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="Bench">
<gml:featureMember><xplan:BP_Plan gml:id="BenchPlan"><xplan:name>Benchmark plan ({count} features)</xplan:name>
<xplan:raeumlicherGeltungsbereich><gml:Polygon gml:id="Scope" srsName="EPSG:25833"><gml:exterior><gml:LinearRing><gml:posList>{pos([(x0, y0), (x0 + side * 120, y0), (x0 + side * 120, y0 + side * 120), (x0, y0 + side * 120), (x0, y0)])}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:raeumlicherGeltungsbereich>
</xplan:BP_Plan></gml:featureMember>
''' + "\n".join(parts) + "\n</xplan:XPlanAuszug>\n"
    open(f"{out}/plan.gml", "w").write(plan)
    b = (side // 2) * side + side // 2
    bx, by = x0 + (b % side) * 120.0, y0 + (b // side) * 120.0
    def gj(pts): return {"type": "Polygon", "coordinates": [[list(p) for p in pts]]}
    site = [(bx + 20, by + 0.5), (bx + 60, by + 0.5), (bx + 60, by + 100), (bx + 20, by + 100), (bx + 20, by + 0.5)]
    house = [(bx + 26, by + 10), (bx + 54, by + 10), (bx + 54, by + 24), (bx + 26, by + 24), (bx + 26, by + 10)]
    project = {"srs": "EPSG:25833", "use": "wohnen", "site": gj(site),
               "buildings": [{"name": "Haus", "footprint": gj(house), "height": 9.0, "fullStoreys": 2, "grossFloorArea": 784}],
               "ancillaryAreas": [{"name": "Garage", "area": 36}]}
    json.dump(project, open(f"{out}/project.json", "w"))
    json.dump({"polygons": polygons, "footprint": house[:-1], "depth": 3.0}, open(f"{out}/polygons.json", "w"))
    print(json.dumps({"features": count, "bytes": len(plan.encode())}))

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
