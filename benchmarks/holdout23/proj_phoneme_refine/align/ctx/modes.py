class inference_mode_of:
    """`with inference_mode_of(net):` -- deterministic forward passes (dropout off); grad stays enabled."""

    def __init__(self, net):
        self.net = net
        self.prev = None

    def __enter__(self):
        self.prev = self.net.training
        self.net.eval()
        return self.net

    def __exit__(self, exc_type, exc, tb):
        self.net.train(self.prev)
