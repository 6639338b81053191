import torch


class Monitor:
    def __init__(self, net):
        self.net = net

    @classmethod
    def watching(cls, net):
        return cls(net.eval())  # monitors only score

    @torch.no_grad()
    def alerts(self, curves):
        return int((self.net(curves) > 0).sum())


class Survey:
    def __init__(self, monitors):
        self.monitors = monitors

    @classmethod
    def run(cls, array, band):
        monitors = {name: Monitor.watching(scope.detectors[band]) for name, scope in array.scopes.items()}
        return cls(monitors)

    def report(self, array):
        return {name: mon.alerts(array.scopes[name].curves()) for name, mon in self.monitors.items()}
