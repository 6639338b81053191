import abc


class PyTorchTrialContext:
    def __init__(self, hparams):
        self._hparams = hparams
        self.models, self.optimizers = [], []

    def get_hparam(self, name):
        return self._hparams[name]

    def wrap_model(self, model):
        self.models.append(model)
        return model

    def wrap_optimizer(self, optimizer):
        self.optimizers.append(optimizer)
        return optimizer

    def backward(self, loss, **kwargs):
        loss.backward(**kwargs)

    def step_optimizer(self, optimizer):
        optimizer.step()
        optimizer.zero_grad()


class PyTorchTrial(abc.ABC):
    @abc.abstractmethod
    def train_batch(self, batch, epoch_idx, batch_idx): ...

    @abc.abstractmethod
    def evaluate_batch(self, batch): ...
