from sagelite.nn.aggr.lstm import LSTMAggregation

__all__ = ["LSTMAggregation"]
