import torch

from modules.agents import REGISTRY as agent_REGISTRY


class BasicMAC:
    def __init__(self, args):
        self.args = args
        self.n_agents = args.n_agents
        self.agent = agent_REGISTRY[args.agent](args.obs_dim, args)
        self.hidden_states = None

    def init_hidden(self, batch_size):
        self.hidden_states = self.agent.init_hidden().expand(1, batch_size * self.n_agents, -1).contiguous()

    def set_test_mode(self, flag):
        self.agent.train(not flag)

    def select_actions(self, obs, test_mode=False):
        q, self.hidden_states = self.agent(obs.reshape(-1, 1, obs.size(-1)), self.hidden_states)
        q = q.reshape(-1, self.n_agents, self.args.n_actions)
        if test_mode:
            return q.argmax(-1)
        return torch.randint(0, self.args.n_actions, q.shape[:-1])

    def unroll(self, obs_seq):
        """obs_seq: [batch, T, n_agents, obs] -> q [batch, T, n_agents, n_actions]"""
        b, t, n, d = obs_seq.shape
        x = obs_seq.permute(0, 2, 1, 3).reshape(b * n, t, d)
        q, _ = self.agent(x, None)
        return q.reshape(b, n, t, -1).permute(0, 2, 1, 3)

    def parameters(self):
        return self.agent.parameters()
