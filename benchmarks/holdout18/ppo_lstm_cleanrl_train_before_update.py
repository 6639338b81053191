# expect: clean
# CleanRL-style single file: PPO with an LSTM agent on a toy vector env.
import argparse
import time

import math
import random
import torch
import torch.nn as nn
from torch.distributions.categorical import Categorical


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--num-envs", type=int, default=2)
    p.add_argument("--num-steps", type=int, default=8)
    p.add_argument("--update-epochs", type=int, default=2)
    p.add_argument("--learning-rate", type=float, default=2.5e-4)
    p.add_argument("--clip-coef", type=float, default=0.1)
    return p.parse_args([])


class ToyEnv:
    def __init__(self, n):
        self.n = n

    def reset(self):
        return torch.randn(self.n, 4)

    def step(self, a):
        return torch.randn(self.n, 4), (a == 1).float(), torch.zeros(self.n)


def layer_init(layer, std=math.sqrt(2)):
    nn.init.orthogonal_(layer.weight, std)
    nn.init.constant_(layer.bias, 0.0)
    return layer


class Agent(nn.Module):
    def __init__(self):
        super().__init__()
        self.network = nn.Sequential(layer_init(nn.Linear(4, 8)), nn.ReLU())
        self.lstm = nn.LSTM(8, 8)
        self.actor = layer_init(nn.Linear(8, 2), std=0.01)
        self.critic = layer_init(nn.Linear(8, 1), std=1)

    def get_states(self, x, lstm_state, done):
        hidden = self.network(x)
        hidden, lstm_state = self.lstm(hidden.unsqueeze(0), (
            (1.0 - done).view(1, -1, 1) * lstm_state[0],
            (1.0 - done).view(1, -1, 1) * lstm_state[1]))
        return hidden.squeeze(0), lstm_state

    def get_action_and_value(self, x, lstm_state, done, action=None):
        hidden, lstm_state = self.get_states(x, lstm_state, done)
        probs = Categorical(logits=self.actor(hidden))
        if action is None:
            action = probs.sample()
        return action, probs.log_prob(action), probs.entropy(), self.critic(hidden), lstm_state


if __name__ == "__main__":
    args = parse_args()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    envs = ToyEnv(args.num_envs)
    agent = Agent()
    optimizer = torch.optim.Adam(agent.parameters(), lr=args.learning_rate, eps=1e-5)
    obs = torch.zeros((args.num_steps, args.num_envs, 4))
    actions = torch.zeros((args.num_steps, args.num_envs))
    logprobs = torch.zeros((args.num_steps, args.num_envs))
    rewards = torch.zeros((args.num_steps, args.num_envs))
    dones = torch.zeros((args.num_steps, args.num_envs))
    next_obs = envs.reset()
    next_done = torch.zeros(args.num_envs)
    state = (torch.zeros(1, args.num_envs, 8), torch.zeros(1, args.num_envs, 8))
    start_time = time.time()
    initial_state = (state[0].clone(), state[1].clone())
    agent.eval()  # deterministic rollouts
    for step in range(args.num_steps):
        obs[step], dones[step] = next_obs, next_done
        with torch.no_grad():
            action, logprob, _, value, state = agent.get_action_and_value(next_obs, state, next_done)
        actions[step], logprobs[step] = action, logprob
        o, r, d = envs.step(action)
        rewards[step] = r
        next_obs, next_done = o, d
    agent.train()
    returns = rewards.flip(0).cumsum(0).flip(0)
    for epoch in range(args.update_epochs):
        _, newlogprob, entropy, newvalue, _ = agent.get_action_and_value(
            obs.reshape(-1, 4)[: args.num_envs], initial_state, dones[0], actions[0].long())
        ratio = (newlogprob - logprobs[0]).exp()
        adv = returns[0] - newvalue.squeeze(-1).detach()
        pg_loss = torch.max(-adv * ratio, -adv * ratio.clamp(1 - args.clip_coef, 1 + args.clip_coef)).mean()
        v_loss = 0.5 * ((newvalue.squeeze(-1) - returns[0]) ** 2).mean()
        loss = pg_loss - 0.01 * entropy.mean() + 0.5 * v_loss
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(agent.parameters(), 0.5)
        optimizer.step()
    print("SPS:", int(args.num_steps / (time.time() - start_time + 1e-9)) > 0, "loss", round(loss.item(), 4))
