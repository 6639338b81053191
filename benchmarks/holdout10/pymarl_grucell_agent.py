# expect: clean
"""pymarl's default RNNAgent (fc1 -> nn.GRUCell -> fc2) under BasicMAC, with EpisodeRunner
test episodes that set agent.eval() and never restore it; the QMIX-style learner then
unrolls the agent step by step and backpropagates the TD loss. Only a GRUCell is used,
which never goes through the cuDNN RNN kernel.
"""
import copy
from types import SimpleNamespace

import torch
import torch.nn as nn
import torch.nn.functional as F


class RNNAgent(nn.Module):
    def __init__(self, input_shape, args):
        super().__init__()
        self.args = args
        self.fc1 = nn.Linear(input_shape, args.rnn_hidden_dim)
        self.rnn = nn.GRUCell(args.rnn_hidden_dim, args.rnn_hidden_dim)
        self.fc2 = nn.Linear(args.rnn_hidden_dim, args.n_actions)

    def init_hidden(self):
        return self.fc1.weight.new(1, self.args.rnn_hidden_dim).zero_()

    def forward(self, inputs, hidden_state):
        x = F.relu(self.fc1(inputs))
        h = self.rnn(x, hidden_state.reshape(-1, self.args.rnn_hidden_dim))
        return self.fc2(h), h


class BasicMAC:
    def __init__(self, args):
        self.args = args
        self.agent = RNNAgent(args.obs_dim, args)

    def init_hidden(self, bs):
        self.hidden_states = self.agent.init_hidden().unsqueeze(0).expand(bs, self.args.n_agents, -1)

    def forward(self, obs_t, test_mode=False):
        if test_mode:
            self.agent.eval()
        q, self.hidden_states = self.agent(obs_t.reshape(-1, self.args.obs_dim), self.hidden_states)
        return q.view(obs_t.size(0), self.args.n_agents, -1)


def run_episode(mac, args, test_mode):
    mac.init_hidden(1)
    obs = torch.randn(args.T, 1, args.n_agents, args.obs_dim)
    with torch.no_grad():
        acts = [mac.forward(o, test_mode=test_mode).argmax(-1) for o in obs]
    return {"obs": obs, "actions": torch.stack(acts), "reward": torch.rand(args.T, 1)}


def learner_train(mac, target_mac, opt, batch, args):
    mac.init_hidden(1)
    target_mac.init_hidden(1)
    qs = torch.stack([mac.forward(o) for o in batch["obs"]])
    with torch.no_grad():
        tq = torch.stack([target_mac.forward(o) for o in batch["obs"]]).max(-1).values
    chosen = qs.gather(-1, batch["actions"].unsqueeze(-1)).squeeze(-1)
    target = batch["reward"].unsqueeze(-1) + args.gamma * torch.roll(tq, -1, 0)
    loss = F.mse_loss(chosen, target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(49)
    args = SimpleNamespace(obs_dim=4, n_agents=2, n_actions=3, rnn_hidden_dim=8, T=5, gamma=0.99)
    mac = BasicMAC(args)
    target_mac = copy.deepcopy(mac)
    opt = torch.optim.RMSprop(mac.agent.parameters(), lr=5e-4)
    for ep in range(3):
        print(ep, learner_train(mac, target_mac, opt, run_episode(mac, args, test_mode=False), args))
        run_episode(mac, args, test_mode=True)
