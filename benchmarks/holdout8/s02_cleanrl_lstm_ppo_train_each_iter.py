# expect: clean
# cleanrl ppo_atari_lstm.py shape (single file), near miss: the evaluation episode runs under inference_mode
# with agent.eval(); every iteration starts with agent.train() before the rollout and the PPO update.
import argparse
from dataclasses import dataclass

import torch
import torch.nn as nn
from torch.distributions.categorical import Categorical


@dataclass
class Args:
    num_envs: int = 2
    num_steps: int = 6
    num_iterations: int = 3
    update_epochs: int = 2
    clip_coef: float = 0.2
    ent_coef: float = 0.01
    vf_coef: float = 0.5
    learning_rate: float = 2.5e-3
    obs_dim: int = 5
    n_actions: int = 3


def layer_init(layer, std=2 ** 0.5, bias_const=0.0):
    nn.init.orthogonal_(layer.weight, std)
    nn.init.constant_(layer.bias, bias_const)
    return layer


class Agent(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.network = nn.Sequential(layer_init(nn.Linear(args.obs_dim, 16)), nn.ReLU())
        self.lstm = nn.LSTM(16, 16)
        self.actor = layer_init(nn.Linear(16, args.n_actions), std=0.01)
        self.critic = layer_init(nn.Linear(16, 1), std=1)

    def get_states(self, x, lstm_state, done):
        hidden = self.network(x)
        batch_size = lstm_state[0].shape[1]
        hidden = hidden.reshape((-1, batch_size, self.lstm.input_size))
        done = done.reshape((-1, batch_size))
        new_hidden = []
        for h, d in zip(hidden, done):
            h, lstm_state = self.lstm(
                h.unsqueeze(0),
                ((1.0 - d).view(1, -1, 1) * lstm_state[0], (1.0 - d).view(1, -1, 1) * lstm_state[1]),
            )
            new_hidden += [h]
        return torch.flatten(torch.cat(new_hidden), 0, 1), lstm_state

    def get_value(self, x, lstm_state, done):
        hidden, _ = self.get_states(x, lstm_state, done)
        return self.critic(hidden)

    def get_action_and_value(self, x, lstm_state, done, action=None):
        hidden, lstm_state = self.get_states(x, lstm_state, done)
        probs = Categorical(logits=self.actor(hidden))
        if action is None:
            action = probs.sample()
        return action, probs.log_prob(action), probs.entropy(), self.critic(hidden), lstm_state


def evaluate_episode(agent, args, length=4):
    agent.eval()
    state = (torch.zeros(1, 1, 16), torch.zeros(1, 1, 16))
    ret = 0.0
    with torch.inference_mode():
        for _ in range(length):
            action, _, _, value, state = agent.get_action_and_value(torch.randn(1, args.obs_dim), state, torch.zeros(1))
            ret += float(action == 0)
    return ret


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    cli = parser.parse_args([])
    args = Args()
    torch.manual_seed(cli.seed)
    agent = Agent(args)
    optimizer = torch.optim.Adam(agent.parameters(), lr=args.learning_rate, eps=1e-5)
    init_state = (torch.zeros(1, args.num_envs, 16), torch.zeros(1, args.num_envs, 16))
    for iteration in range(1, args.num_iterations + 1):
        agent.train()
        obs = torch.randn(args.num_steps, args.num_envs, args.obs_dim)
        dones = torch.zeros(args.num_steps, args.num_envs)
        with torch.no_grad():
            actions, logprobs, _, values, _ = agent.get_action_and_value(obs.reshape(-1, args.obs_dim), init_state, dones.reshape(-1))
        returns = torch.randn_like(values.flatten())
        advantages = returns - values.flatten()
        for epoch in range(args.update_epochs):
            _, newlogprob, entropy, newvalue, _ = agent.get_action_and_value(
                obs.reshape(-1, args.obs_dim), init_state, dones.reshape(-1), actions.long())
            ratio = (newlogprob - logprobs).exp()
            pg_loss = torch.max(-advantages * ratio, -advantages * ratio.clamp(1 - args.clip_coef, 1 + args.clip_coef)).mean()
            v_loss = 0.5 * ((newvalue.flatten() - returns) ** 2).mean()
            loss = pg_loss - args.ent_coef * entropy.mean() + v_loss * args.vf_coef
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(agent.parameters(), 0.5)
            optimizer.step()
        print(f"iteration {iteration} loss {loss.item():.3f} eval return {evaluate_episode(agent, args)}")
