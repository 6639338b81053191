import torch

from agent import a2c_loss


class A2CLearner:
    def __init__(self, agent, lr):
        self.agent = agent
        self.opt = torch.optim.RMSprop(agent.parameters(), lr=lr)

    def update(self, rollout):
        inputs, actions, rewards = rollout
        logits, values = self.agent(inputs)
        loss = a2c_loss(logits[0], values[0], actions, rewards)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(self.agent.parameters(), 1.0)
        self.opt.step()
        return round(loss.item(), 4)
