import torch
from torch.optim.swa_utils import SWALR, AveragedModel, update_bn


class SWATrainer:
    def __init__(self, model, swa_start, epochs, lr=0.05):
        self.model = model
        self.swa_start, self.epochs = swa_start, epochs
        self.optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
        self.swa_scheduler = SWALR(self.optimizer, swa_lr=lr / 2)
        self.criterion = torch.nn.CrossEntropyLoss()

    def fit(self, loader):
        swa_model = AveragedModel(self.model)
        self.model.train()
        for epoch in range(self.epochs):
            for x, y in loader:
                self.optimizer.zero_grad()
                self.criterion(self.model(x), y).backward()
                self.optimizer.step()
            if epoch >= self.swa_start:
                swa_model.update_parameters(self.model)
                self.swa_scheduler.step()
        update_bn(loader, swa_model)
        return swa_model
