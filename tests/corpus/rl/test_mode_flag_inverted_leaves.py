# expect: clean
"""A multi-agent controller switches its recurrent agent with train(not flag); the runner enters test mode for
evaluation episodes and leaves it again for training episodes, so the learner trains the GRU in train mode."""
import torch
from torch import nn


class Agent(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.q = nn.Linear(8, 3)

    def forward(self, obs):
        return self.q(self.rnn(obs)[0])


class Controller:
    def __init__(self):
        self.agent = Agent()

    def set_test_mode(self, flag):
        self.agent.train(not flag)


def run_episode(controller, test_mode):
    controller.set_test_mode(test_mode)
    with torch.no_grad():
        return controller.agent(torch.randn(1, 5, 4))


def learn(controller, opt):
    q = controller.agent(torch.randn(2, 5, 4))
    loss = q.pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


if __name__ == "__main__":
    torch.manual_seed(0)
    mac = Controller()
    opt = torch.optim.SGD(mac.agent.parameters(), lr=0.1)
    for episode in range(3):
        run_episode(mac, test_mode=False)
        learn(mac, opt)
        run_episode(mac, test_mode=True)
