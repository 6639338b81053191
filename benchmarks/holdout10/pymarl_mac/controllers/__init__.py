from .basic_controller import BasicMAC

REGISTRY = {"basic_mac": BasicMAC}
