#!/usr/bin/env python3
"""Solve one Solomon instance with PyVRP or Google OR-Tools under a time limit and print JSON
(distance in the DIMACS convention: each Euclidean distance truncated to one decimal).
Usage: vrp_peers.py {pyvrp|ortools} INSTANCE.txt SECONDS"""
import json
import math
import sys
import time


def read_solomon(path):
    lines = [l.split() for l in open(path) if l.strip()]
    fleet = next(i for i, l in enumerate(lines) if l[0] == "NUMBER")
    vehicles, capacity = int(lines[fleet + 1][0]), int(lines[fleet + 1][1])
    start = next(i for i, l in enumerate(lines) if l[0] == "CUST") + 1
    rows = [list(map(float, l)) for l in lines[start:]]
    return vehicles, capacity, rows


def tenths(a, b):
    return int(math.floor(math.hypot(a[1] - b[1], a[2] - b[2]) * 10 + 1e-9))


def solve_pyvrp(path, seconds):
    from pyvrp import Model
    from pyvrp.stop import MaxRuntime
    vehicles, capacity, rows = read_solomon(path)
    model = Model()
    places = [model.add_location(x=int(r[1] * 10), y=int(r[2] * 10)) for r in rows]
    depot = model.add_depot(places[0], tw_early=int(round(rows[0][4] * 10)), tw_late=int(round(rows[0][5] * 10)))
    model.add_vehicle_type(num_available=vehicles, capacity=capacity, start_depot=depot, end_depot=depot,
                           tw_early=int(round(rows[0][4] * 10)), tw_late=int(round(rows[0][5] * 10)))
    for place, r in zip(places[1:], rows[1:]):
        model.add_client(place, delivery=int(r[3]), service_duration=int(round(r[6] * 10)),
                         tw_early=int(round(r[4] * 10)), tw_late=int(round(r[5] * 10)))
    for i, a in enumerate(places):
        for j, b in enumerate(places):
            d = tenths(rows[i], rows[j])
            model.add_edge(a, b, distance=d, duration=d)
    began = time.perf_counter()
    result = model.solve(stop=MaxRuntime(seconds), seed=1, display=False)
    best = result.best
    return dict(distance=best.distance() / 10, vehicles=best.num_routes(), feasible=best.is_feasible(),
                seconds=time.perf_counter() - began)


def solve_ortools(path, seconds):
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2
    vehicles, capacity, rows = read_solomon(path)
    n = len(rows)
    dist = [[tenths(rows[i], rows[j]) for j in range(n)] for i in range(n)]
    manager = pywrapcp.RoutingIndexManager(n, vehicles, 0)
    routing = pywrapcp.RoutingModel(manager)
    arc = routing.RegisterTransitCallback(lambda i, j: dist[manager.IndexToNode(i)][manager.IndexToNode(j)])
    routing.SetArcCostEvaluatorOfAllVehicles(arc)
    service = [int(round(r[6] * 10)) for r in rows]
    travel = routing.RegisterTransitCallback(
        lambda i, j: service[manager.IndexToNode(i)] + dist[manager.IndexToNode(i)][manager.IndexToNode(j)])
    horizon = int(round(rows[0][5] * 10))
    routing.AddDimension(travel, horizon, horizon, False, "Time")
    time_dim = routing.GetDimensionOrDie("Time")
    for node in range(1, n):
        time_dim.CumulVar(manager.NodeToIndex(node)).SetRange(int(round(rows[node][4] * 10)), int(round(rows[node][5] * 10)))
    for v in range(vehicles):
        time_dim.CumulVar(routing.Start(v)).SetRange(int(round(rows[0][4] * 10)), horizon)
        time_dim.CumulVar(routing.End(v)).SetRange(int(round(rows[0][4] * 10)), horizon)
    demand = [int(r[3]) for r in rows]
    load = routing.RegisterUnaryTransitCallback(lambda i: demand[manager.IndexToNode(i)])
    routing.AddDimensionWithVehicleCapacity(load, 0, [capacity] * vehicles, True, "Load")
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PARALLEL_CHEAPEST_INSERTION
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(seconds * 1000))
    began = time.perf_counter()
    solution = routing.SolveWithParameters(params)
    elapsed = time.perf_counter() - began
    if solution is None:
        return dict(distance=None, vehicles=None, feasible=False, seconds=elapsed)
    used = sum(1 for v in range(vehicles) if not routing.IsEnd(solution.Value(routing.NextVar(routing.Start(v)))))
    return dict(distance=solution.ObjectiveValue() / 10, vehicles=used, feasible=True, seconds=elapsed)


if __name__ == "__main__":
    solver, path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    out = {"pyvrp": solve_pyvrp, "ortools": solve_ortools}[solver](path, seconds)
    print(json.dumps(out))
