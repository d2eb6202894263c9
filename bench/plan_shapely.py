#!/usr/bin/env python3
"""The geometric operations of the plan check in shapely, on the polygons bench/generate_plan.py
wrote: area of every polygon, whether each polygon covers the footprint, and the one-sided buffer
of every wall (the setback strip). Prints JSON with the times."""
import json
import sys
import time

import shapely
from shapely.geometry import LineString, Polygon

def main(path):
    data = json.load(open(path))
    t = time.perf_counter()
    polygons = [Polygon(p) for p in data["polygons"]]
    build = time.perf_counter() - t
    footprint = Polygon(data["footprint"])
    depth = data["depth"]
    t = time.perf_counter(); total = sum(p.area for p in polygons); area = time.perf_counter() - t
    t = time.perf_counter(); containing = sum(1 for p in polygons if p.covers(footprint)); containment = time.perf_counter() - t
    t = time.perf_counter()
    strip_area = 0.0
    for p in polygons:
        ring = p.exterior if p.exterior.is_ccw else LineString(list(p.exterior.coords)[::-1])
        coords = list(ring.coords)
        for a, b in zip(coords, coords[1:]):
            # Right-hand side of a counter-clockwise ring is outside: negative distance in shapely.
            strip_area += LineString([a, b]).buffer(-depth, single_sided=True, cap_style="flat").area
    buffer = time.perf_counter() - t
    print(json.dumps({"shapely": shapely.__version__, "polygons": len(polygons), "buildSeconds": build, "areaSeconds": area,
                      "totalArea": total, "containmentSeconds": containment, "containing": containing,
                      "bufferSeconds": buffer, "stripArea": strip_area}))

if __name__ == "__main__":
    main(sys.argv[1])
