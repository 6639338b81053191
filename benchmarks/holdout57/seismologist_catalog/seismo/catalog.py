import torch


class Detector:
    def __init__(self, picker, threshold=0.5):
        self.picker = picker
        self.threshold = threshold

    @classmethod
    def from_model(cls, picker, **kw):
        return cls(picker.eval(), **kw)

    @torch.no_grad()
    def __call__(self, trace):
        return (self.picker(trace).sigmoid() > self.threshold).sum().item()


class Catalog:
    def __init__(self, detectors, network):
        self.detectors = detectors
        self.network = network

    @classmethod
    def build(cls, network, phase):
        detectors = {code: Detector.from_model(st.pickers[phase])
                     for code, st in network.stations.items()}
        return cls(detectors, network)

    def counts(self, window):
        return {code: det(self.network.stations[code].stream(window))
                for code, det in self.detectors.items()}
