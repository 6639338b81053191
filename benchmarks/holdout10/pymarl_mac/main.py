# expect: crash
"""pymarl/EPyMARL-style run: BasicMAC with an nn.GRU agent, EpisodeRunner with
test_mode, QLearner.

EpisodeRunner.run only touches the agent's mode when test_mode is True
(mac.set_test_mode(True) -> agent.train(False)); after the first test episodes the
learner unrolls the same agent in eval mode and backpropagates the TD loss.
"""
from types import SimpleNamespace

import torch

from controllers import REGISTRY as mac_REGISTRY
from learners.q_learner import QLearner
from runners.episode_runner import EpisodeRunner


def run_sequential(args):
    mac = mac_REGISTRY[args.mac](args)
    runner = EpisodeRunner(args, mac)
    learner = QLearner(mac, args)
    for episode in range(args.t_max):
        batch = runner.run(test_mode=False)
        learner.train(batch, episode)
        if episode % args.test_interval == 0:
            for _ in range(args.test_nepisode):
                runner.run(test_mode=True)


if __name__ == "__main__":
    torch.manual_seed(8)
    args = SimpleNamespace(mac="basic_mac", agent="rnn_seq", n_agents=2, n_actions=3, obs_dim=4,
                           rnn_hidden_dim=8, episode_limit=5, t_max=3, test_interval=1,
                           test_nepisode=1, gamma=0.99, lr=5e-3)
    run_sequential(args)
