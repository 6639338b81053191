# expect: crash
"""A runner dispatches on a computed method name (getattr(self, "run_" + mode)); run_train() has an agent that
holds the same GRU model do forward+backward, then plays an episode with a Player that puts the model in eval
mode. The agent never calls train(), so epoch 2's backward runs through the GRU in eval mode."""
import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, obs):
        return self.head(self.gru(obs)[0][:, -1])


class Agent:
    def __init__(self, model):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

    def train_epoch(self):
        obs, actions = torch.randn(4, 5, 4), torch.randint(0, 3, (4,))
        loss = nn.functional.cross_entropy(self.model(obs), actions)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()


class Player:
    def __init__(self, model):
        self.model = model

    def run(self):
        self.model.eval()
        with torch.no_grad():
            return self.model(torch.randn(1, 5, 4)).argmax(-1).item()


class Runner:
    def __init__(self, epochs=2):
        self.epochs = epochs
        self.model = Policy()
        self.agent = Agent(self.model)

    def run(self, mode):
        return getattr(self, "run_" + mode)()

    def run_train(self):
        for epoch in range(self.epochs):
            print("epoch", epoch, "loss", self.agent.train_epoch())
            self.run_play()

    def run_play(self):
        print("action", Player(self.model).run())


torch.manual_seed(0)
Runner().run("train")
