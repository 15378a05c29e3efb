"""Reads an exported graph back the way analysts' tools do, and prints what it holds as JSON.

usage: read-graph.py graphml|gexf|csvzip FILE
"""
import csv
import io
import json
import sys
import zipfile

import networkx


def summary_of(graph):
    nodes = {str(n): dict(d) for n, d in graph.nodes(data=True)}
    edges = [dict(d, source=str(u), target=str(v)) for u, v, d in graph.edges(data=True)]
    return {"nodes": len(nodes), "edges": graph.number_of_edges(), "nodeData": nodes, "edgeData": edges}


def read_csv_zip(path):
    with zipfile.ZipFile(path) as z:
        out = {}
        for name in ("nodes.csv", "relationships.csv"):
            with z.open(name) as f:
                rows = list(csv.reader(io.TextIOWrapper(f, encoding="utf-8", newline="")))
            out[name] = {"header": rows[0], "rows": rows[1:]}
        return {"nodes": len(out["nodes.csv"]["rows"]), "edges": len(out["relationships.csv"]["rows"]), "files": out}


def main(kind, path):
    if kind == "graphml":
        result = summary_of(networkx.read_graphml(path))
    elif kind == "gexf":
        result = summary_of(networkx.read_gexf(path))
    else:
        result = read_csv_zip(path)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
