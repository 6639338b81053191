from abc import ABC, abstractmethod


class TorchAgent(ABC):
    def __init__(self, opt):
        self.opt = opt
        self.is_training = False
        self.model = self.build_model()
        self.optimizer = self.init_optim()

    @abstractmethod
    def build_model(self): ...

    @abstractmethod
    def train_step(self, batch): ...

    @abstractmethod
    def eval_step(self, batch): ...

    def batch_act(self, batch):
        if self.is_training:
            return self.train_step(batch)
        return self.eval_step(batch)

    def backward(self, loss):
        loss.backward()  # TM001-here

    def update_params(self):
        self.optimizer.step()
        self.optimizer.zero_grad()
