from .gnn import SessionGraphNet, session_graph

__all__ = ["SessionGraphNet", "session_graph"]
