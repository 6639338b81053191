from .route_rnn import RouteYieldRNN

__all__ = ["RouteYieldRNN"]
