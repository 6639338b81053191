# expect: clean
"""Network intrusion detection on flow sequences (packet-size / timing features)
with a GRU classifier. Step callbacks go through an event bus that holds
weakref.WeakMethod references, so a listener that is no longer referenced
anywhere else silently drops out of the bus.
"""
import torch

from ids.bus import EventBus
from ids.model import FlowGRU
from ids.monitor import DriftMonitor
from ids.train import train


def build_bus(model, reference):
    bus = EventBus()
    monitor = DriftMonitor(model, reference)
    bus.subscribe("step_end", monitor.on_step_end)
    return bus                     # the monitor itself is not kept


if __name__ == "__main__":
    torch.manual_seed(16)
    model = FlowGRU(n_feat=3, hidden=8)
    flows = [(torch.randn(4, 10, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
    bus = build_bus(model, flows[0][0])
    train(model, flows, bus)
    print("listeners alive:", bus.alive("step_end"))
