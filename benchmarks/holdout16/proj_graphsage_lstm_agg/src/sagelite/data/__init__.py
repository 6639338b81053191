from sagelite.data.graph import Graph, random_graph

__all__ = ["Graph", "random_graph"]
