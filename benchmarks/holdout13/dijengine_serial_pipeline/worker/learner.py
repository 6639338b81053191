class BaseLearner:
    def __init__(self, learn_mode):
        self._policy = learn_mode
        self.train_iter = 0

    def train(self, data):
        info = self._policy.forward(data)
        self.train_iter += 1
        return info
