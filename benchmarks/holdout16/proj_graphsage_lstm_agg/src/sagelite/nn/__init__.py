from sagelite.nn.conv import GraphSAGE, SAGEConv

__all__ = ["GraphSAGE", "SAGEConv"]
