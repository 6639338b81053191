"""A federated client: copy the global model, train locally, send the weights back."""
import copy

import torch
import torch.nn as nn


class Client:
    def __init__(self, cid, data, local_epochs=1, lr=0.05):
        self.cid = cid
        self.data = data
        self.local_epochs = local_epochs
        self.lr = lr

    def local_update(self, global_model):
        model = copy.deepcopy(global_model)
        optimizer = torch.optim.SGD(model.parameters(), lr=self.lr)
        criterion = nn.CrossEntropyLoss()
        for _ in range(self.local_epochs):
            for x, y in self.data:
                optimizer.zero_grad()
                loss = criterion(model(x), y)
                loss.backward()  # TM001-here
                optimizer.step()
        return model.state_dict(), sum(len(y) for _, y in self.data)
