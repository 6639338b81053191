import torch
import torch.nn.functional as F


def fit(model, x, y, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


class ActiveLearningLoop:
    def __init__(self, model, pool_x, pool_y, strategy, initial, query_size):
        self.model = model
        self.pool_x, self.pool_y = pool_x, pool_y
        self.strategy = strategy
        self.query_size = query_size
        self.labelled = torch.zeros(len(pool_x), dtype=torch.bool)
        self.labelled[:initial] = True

    @property
    def n_labelled(self):
        return int(self.labelled.sum())

    def warm_start(self):
        self.model.train()
        fit(self.model, self.pool_x[self.labelled], self.pool_y[self.labelled])

    def step(self, rnd):
        unlabelled = (~self.labelled).nonzero().squeeze(1)
        scores = self.strategy(self.model, self.pool_x[unlabelled])
        chosen = unlabelled[scores.topk(self.query_size).indices]
        self.labelled[chosen] = True
        loss = fit(self.model, self.pool_x[self.labelled], self.pool_y[self.labelled])
        print(f"round {rnd}: {self.n_labelled} labelled, loss {loss:.3f}")
