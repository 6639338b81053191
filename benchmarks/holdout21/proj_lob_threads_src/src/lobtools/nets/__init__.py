from lobtools.nets.orderflow import OrderFlowLSTM

__all__ = ["OrderFlowLSTM"]
