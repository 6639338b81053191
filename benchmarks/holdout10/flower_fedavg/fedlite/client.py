from collections import OrderedDict

import torch

import task


class NumPyClient:
    def get_parameters(self, config):
        raise NotImplementedError


class FlowerClient(NumPyClient):
    def __init__(self, net, trainloader, valloader):
        self.net, self.trainloader, self.valloader = net, trainloader, valloader

    def get_parameters(self, config):
        return [v.detach().clone() for v in self.net.state_dict().values()]

    def set_parameters(self, parameters):
        keys = self.net.state_dict().keys()
        self.net.load_state_dict(OrderedDict(zip(keys, parameters)), strict=True)

    def fit(self, parameters, config):
        self.set_parameters(parameters)
        task.train(self.net, self.trainloader, epochs=config.get("local_epochs", 1))
        return self.get_parameters({}), len(self.trainloader), {}

    def evaluate(self, parameters, config):
        self.set_parameters(parameters)
        loss, correct = task.test(self.net, self.valloader)
        return loss, len(self.valloader), {"correct": correct}
