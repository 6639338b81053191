import copy

import torch
import torch.nn.functional as F


class Client:
    def __init__(self, cid, data, local_epochs=1, lr=0.1):
        self.cid, self.data, self.local_epochs, self.lr = cid, data, local_epochs, lr

    def local_update(self, global_model):
        model = copy.deepcopy(global_model)
        optimizer = torch.optim.SGD(model.parameters(), lr=self.lr)
        for _ in range(self.local_epochs):
            for x, y in self.data:
                logits = model(x)
                loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
                optimizer.zero_grad()
                loss.backward()  # TM001-here
                optimizer.step()
        return model.state_dict(), sum(len(x) for x, _ in self.data)
