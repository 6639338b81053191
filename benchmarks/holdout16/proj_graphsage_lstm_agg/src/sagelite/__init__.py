from sagelite.nn import GraphSAGE, SAGEConv
from sagelite.data import Graph, random_graph

__all__ = ["GraphSAGE", "SAGEConv", "Graph", "random_graph"]
