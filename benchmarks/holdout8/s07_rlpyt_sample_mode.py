# expect: crash
# rlpyt style: MinibatchRl runner alternates sampler.obtain_samples (agent.sample_mode -> model.eval()) and
# algo.optimize_agent; this algo never calls agent.train_mode(itr), so the recurrent model stays in eval.
from collections import namedtuple

import torch
import torch.nn as nn

Samples = namedtuple("Samples", ["observation", "action", "reward"])
AgentInfo = namedtuple("AgentInfo", ["dist_info", "value"])


class RecurrentPgModel(nn.Module):
    def __init__(self, obs_dim=4, n_act=2, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(obs_dim, hidden)
        self.pi = nn.Linear(hidden, n_act)
        self.value = nn.Linear(hidden, 1)

    def forward(self, observation, prev_state=None):
        out, state = self.lstm(observation, prev_state)
        return torch.softmax(self.pi(out), -1), self.value(out).squeeze(-1), state


class RecurrentAgentMixin:
    def reset(self):
        self._prev_rnn_state = None


class BaseAgent:
    def __init__(self, ModelCls=None, model_kwargs=None):
        self.ModelCls, self.model_kwargs = ModelCls, model_kwargs or {}
        self.model = None
        self._mode = None

    def initialize(self):
        self.model = self.ModelCls(**self.model_kwargs)

    def train_mode(self, itr):
        self.model.train()
        self._mode = "train"

    def sample_mode(self, itr):
        self.model.eval()
        self._mode = "sample"

    def eval_mode(self, itr):
        self.model.eval()
        self._mode = "eval"

    def parameters(self):
        return self.model.parameters()


class RecurrentCategoricalPgAgent(RecurrentAgentMixin, BaseAgent):
    def __call__(self, observation, init_rnn_state=None):
        pi, value, _ = self.model(observation, init_rnn_state)
        return AgentInfo(pi, value)

    @torch.no_grad()
    def step(self, observation):
        pi, value, self._prev_rnn_state = self.model(observation, self._prev_rnn_state)
        return torch.multinomial(pi[-1], 1).squeeze(-1), AgentInfo(pi, value)


class SerialSampler:
    def __init__(self, batch_T=5, batch_B=3, obs_dim=4):
        self.batch_T, self.batch_B, self.obs_dim = batch_T, batch_B, obs_dim

    def initialize(self, agent):
        self.agent = agent

    def obtain_samples(self, itr):
        self.agent.sample_mode(itr)
        self.agent.reset()
        obs, acts = [], []
        for _ in range(self.batch_T):
            o = torch.randn(1, self.batch_B, self.obs_dim)
            a, _ = self.agent.step(o)
            obs.append(o)
            acts.append(a)
        return Samples(torch.cat(obs), torch.stack(acts), torch.randn(self.batch_T, self.batch_B))


class A2C:
    def __init__(self, learning_rate=1e-2, value_loss_coeff=0.5):
        self.learning_rate, self.value_loss_coeff = learning_rate, value_loss_coeff

    def initialize(self, agent):
        self.agent = agent
        self.optimizer = torch.optim.Adam(agent.parameters(), lr=self.learning_rate)

    def optimize_agent(self, itr, samples):
        info = self.agent(samples.observation)
        logp = torch.log(info.dist_info.gather(-1, samples.action.unsqueeze(-1)).squeeze(-1) + 1e-8)
        adv = samples.reward - info.value.detach()
        loss = -(logp * adv).mean() + self.value_loss_coeff * ((info.value - samples.reward) ** 2).mean()
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return {"loss": loss.item()}


class MinibatchRl:
    def __init__(self, algo, agent, sampler, n_steps, log_interval_steps=1):
        self.algo, self.agent, self.sampler = algo, agent, sampler
        self.n_itr = n_steps

    def startup(self):
        self.agent.initialize()
        self.sampler.initialize(self.agent)
        self.algo.initialize(self.agent)

    def train(self):
        self.startup()
        for itr in range(self.n_itr):
            samples = self.sampler.obtain_samples(itr)
            print(itr, self.algo.optimize_agent(itr, samples))


if __name__ == "__main__":
    torch.manual_seed(0)
    agent = RecurrentCategoricalPgAgent(ModelCls=RecurrentPgModel, model_kwargs=dict(obs_dim=4, n_act=2))
    MinibatchRl(A2C(), agent, SerialSampler(), n_steps=3).train()
