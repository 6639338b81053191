import torch


class FairseqOptimizer:
    def __init__(self, params, lr):
        self._optimizer = torch.optim.Adam(params, lr=lr)

    def backward(self, loss):
        loss.backward()

    def step(self):
        self._optimizer.step()

    def zero_grad(self):
        self._optimizer.zero_grad()


class Trainer:
    def __init__(self, args, task, model):
        self.args = args
        self.task = task
        self.model = model
        self.optimizer = FairseqOptimizer(model.parameters(), args.lr)
        self._num_updates = 0

    def train_step(self, samples):
        self.optimizer.zero_grad()
        logs = [self.task.train_step(s, self.model, self.optimizer, self._num_updates) for s in samples]
        self.optimizer.step()
        self._num_updates += 1
        return sum(logs) / len(logs)

    def valid_step(self, sample):
        return self.task.valid_step(sample, self.model)

    def get_num_updates(self):
        return self._num_updates
