import copy


class ExponentialMovingAverage:
    def __init__(self, parameters, decay):
        self._params = list(parameters)
        self.decay = decay
        self.shadow_params = [p.detach().clone() for p in self._params]
        self.collected_params = None

    def update(self):
        for s, p in zip(self.shadow_params, self._params):
            s.sub_((1.0 - self.decay) * (s - p.detach()))

    def store(self):
        self.collected_params = [p.detach().clone() for p in self._params]

    def apply_to(self):
        for s, p in zip(self.shadow_params, self._params):
            p.data.copy_(s)

    def restore(self):
        for c, p in zip(self.collected_params, self._params):
            p.data.copy_(c)

    def state_dict(self):
        return copy.deepcopy({"decay": self.decay, "shadow": self.shadow_params})
