"""Local update as in FedAvg reference code: each client trains a copy of the global weights."""
import copy
import torch
import torch.nn.functional as F


class LocalUpdate:
    def __init__(self, data, local_ep=1, lr=0.05):
        self.data, self.local_ep, self.lr = data, local_ep, lr

    def train(self, net):
        optimizer = torch.optim.SGD(net.parameters(), lr=self.lr, momentum=0.5)
        epoch_loss = []
        for _ in range(self.local_ep):
            for x, y in self.data:
                optimizer.zero_grad()
                loss = F.cross_entropy(net(x), y)
                loss.backward()  # TM001-here
                optimizer.step()
                epoch_loss.append(loss.item())
        return net.state_dict(), sum(epoch_loss) / len(epoch_loss)


def fed_avg(weights):
    avg = copy.deepcopy(weights[0])
    for k in avg:
        for w in weights[1:]:
            avg[k] = avg[k] + w[k]
        avg[k] = avg[k] / len(weights)
    return avg
