# expect: crash
"""Single-file PPO with an LSTM policy, in the CleanRL ppo_atari_lstm layout, on a tiny memory task.

The environment is a vectorised "cue then recall" POMDP written inline so the file has no deps beyond torch.
Periodic greedy evaluation of the policy is logged next to the training statistics.
"""
import argparse
import logging
import os
import random
import time
from collections import deque

import torch
import torch.nn as nn
import torch.optim as optim
from torch.distributions.categorical import Categorical

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
logger = logging.getLogger(__name__)


def parse_args(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--exp-name", type=str, default=os.path.basename(__file__).rstrip(".py"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--torch-deterministic", type=lambda x: x.lower() == "true", default=True)
    parser.add_argument("--total-timesteps", type=int, default=96)
    parser.add_argument("--learning-rate", type=float, default=2.5e-4)
    parser.add_argument("--num-envs", type=int, default=4)
    parser.add_argument("--num-steps", type=int, default=8)
    parser.add_argument("--anneal-lr", type=lambda x: x.lower() == "true", default=True)
    parser.add_argument("--gamma", type=float, default=0.99)
    parser.add_argument("--gae-lambda", type=float, default=0.95)
    parser.add_argument("--num-minibatches", type=int, default=2)
    parser.add_argument("--update-epochs", type=int, default=2)
    parser.add_argument("--norm-adv", type=lambda x: x.lower() == "true", default=True)
    parser.add_argument("--clip-coef", type=float, default=0.1)
    parser.add_argument("--clip-vloss", type=lambda x: x.lower() == "true", default=True)
    parser.add_argument("--ent-coef", type=float, default=0.01)
    parser.add_argument("--vf-coef", type=float, default=0.5)
    parser.add_argument("--max-grad-norm", type=float, default=0.5)
    parser.add_argument("--target-kl", type=float, default=None)
    parser.add_argument("--eval-frequency", type=int, default=1)
    parser.add_argument("--eval-episodes", type=int, default=2)
    args = parser.parse_args(argv)
    args.batch_size = int(args.num_envs * args.num_steps)
    args.minibatch_size = int(args.batch_size // args.num_minibatches)
    return args


# ----------------------------------------------------------------------------- environment
class CueRecallVecEnv:
    """At t=0 a cue in {0,1,2} is shown; then noise; at the last step the agent must name the cue."""

    def __init__(self, num_envs, length=5, n_cues=3, seed=0):
        self.num_envs, self.length, self.n_cues = num_envs, length, n_cues
        self.obs_dim = n_cues + 1
        self.n_actions = n_cues
        self.rng = random.Random(seed)
        self.t = [0] * num_envs
        self.cue = [0] * num_envs
        self.episode_returns = [0.0] * num_envs

    def _obs(self, i):
        o = torch.zeros(self.obs_dim)
        if self.t[i] == 0:
            o[self.cue[i]] = 1.0
        elif self.t[i] == self.length - 1:
            o[-1] = 1.0
        else:
            o[: self.n_cues] = torch.rand(self.n_cues) * 0.1
        return o

    def reset(self):
        for i in range(self.num_envs):
            self.t[i], self.cue[i] = 0, self.rng.randrange(self.n_cues)
            self.episode_returns[i] = 0.0
        return torch.stack([self._obs(i) for i in range(self.num_envs)])

    def step(self, actions):
        obs, rews, dones, infos = [], [], [], []
        for i, a in enumerate(actions.tolist()):
            r = 0.0
            if self.t[i] == self.length - 1:
                r = 1.0 if a == self.cue[i] else -0.1
            self.episode_returns[i] += r
            self.t[i] += 1
            done = self.t[i] >= self.length
            info = {}
            if done:
                info["episode"] = {"r": self.episode_returns[i], "l": self.length}
                self.t[i], self.cue[i] = 0, self.rng.randrange(self.n_cues)
                self.episode_returns[i] = 0.0
            obs.append(self._obs(i))
            rews.append(r)
            dones.append(float(done))
            infos.append(info)
        return torch.stack(obs), torch.tensor(rews), torch.tensor(dones), infos


# ----------------------------------------------------------------------------- agent
def layer_init(layer, std=2 ** 0.5, bias_const=0.0):
    torch.nn.init.orthogonal_(layer.weight, std)
    torch.nn.init.constant_(layer.bias, bias_const)
    return layer


class Agent(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden=16):
        super().__init__()
        self.network = nn.Sequential(layer_init(nn.Linear(obs_dim, hidden)), nn.ReLU())
        self.lstm = nn.LSTM(hidden, hidden)
        for name, param in self.lstm.named_parameters():
            if "bias" in name:
                nn.init.constant_(param, 0)
            elif "weight" in name:
                nn.init.orthogonal_(param, 1.0)
        self.actor = layer_init(nn.Linear(hidden, n_actions), std=0.01)
        self.critic = layer_init(nn.Linear(hidden, 1), std=1)

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
        new_hidden = torch.flatten(torch.cat(new_hidden), 0, 1)
        return new_hidden, lstm_state

    def get_value(self, x, lstm_state, done):
        hidden, _ = self.get_states(x, lstm_state, done)
        return self.critic(hidden)

    def get_action_and_value(self, x, lstm_state, done, action=None):
        hidden, lstm_state = self.get_states(x, lstm_state, done)
        logits = self.actor(hidden)
        probs = Categorical(logits=logits)
        if action is None:
            action = probs.sample()
        return action, probs.log_prob(action), probs.entropy(), self.critic(hidden), lstm_state


# ----------------------------------------------------------------------------- evaluation
def evaluate_agent(agent, args, n_episodes):
    """Greedy rollouts on a fresh env; dropout-free, but eval() by habit."""
    env = CueRecallVecEnv(1, seed=args.seed + 1000)
    agent.eval()
    returns = []
    with torch.no_grad():
        for _ in range(n_episodes):
            obs = env.reset()
            state = (torch.zeros(1, 1, agent.lstm.hidden_size), torch.zeros(1, 1, agent.lstm.hidden_size))
            done, ep_ret = torch.zeros(1), 0.0
            for _ in range(env.length):
                hidden, state = agent.get_states(obs, state, done)
                action = agent.actor(hidden).argmax(-1)
                obs, r, done, _ = env.step(action)
                ep_ret += r.item()
            returns.append(ep_ret)
    return sum(returns) / len(returns)


def explained_variance(y_pred, y_true):
    var_y = y_true.var()
    return float("nan") if var_y == 0 else 1 - (y_true - y_pred).var().item() / var_y.item()


# ----------------------------------------------------------------------------- main
if __name__ == "__main__":
    args = parse_args([])
    run_name = f"{args.exp_name}__{args.seed}__{int(time.time())}"
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.backends.cudnn.deterministic = args.torch_deterministic
    device = torch.device("cpu")

    envs = CueRecallVecEnv(args.num_envs, seed=args.seed)
    agent = Agent(envs.obs_dim, envs.n_actions).to(device)
    optimizer = optim.Adam(agent.parameters(), lr=args.learning_rate, eps=1e-5)

    obs = torch.zeros((args.num_steps, args.num_envs, envs.obs_dim)).to(device)
    actions = torch.zeros((args.num_steps, args.num_envs)).to(device)
    logprobs = torch.zeros((args.num_steps, args.num_envs)).to(device)
    rewards = torch.zeros((args.num_steps, args.num_envs)).to(device)
    dones = torch.zeros((args.num_steps, args.num_envs)).to(device)
    values = torch.zeros((args.num_steps, args.num_envs)).to(device)

    global_step = 0
    start_time = time.time()
    next_obs = envs.reset().to(device)
    next_done = torch.zeros(args.num_envs).to(device)
    next_lstm_state = (
        torch.zeros(agent.lstm.num_layers, args.num_envs, agent.lstm.hidden_size).to(device),
        torch.zeros(agent.lstm.num_layers, args.num_envs, agent.lstm.hidden_size).to(device),
    )
    num_updates = args.total_timesteps // args.batch_size
    recent_returns = deque(maxlen=20)

    for update in range(1, num_updates + 1):
        initial_lstm_state = (next_lstm_state[0].clone(), next_lstm_state[1].clone())
        if args.anneal_lr:
            frac = 1.0 - (update - 1.0) / num_updates
            optimizer.param_groups[0]["lr"] = frac * args.learning_rate

        for step in range(0, args.num_steps):
            global_step += 1 * args.num_envs
            obs[step] = next_obs
            dones[step] = next_done
            with torch.no_grad():
                action, logprob, _, value, next_lstm_state = agent.get_action_and_value(next_obs, next_lstm_state, next_done)
                values[step] = value.flatten()
            actions[step] = action
            logprobs[step] = logprob
            next_obs, reward, next_done, info = envs.step(action)
            rewards[step] = reward
            for item in info:
                if "episode" in item:
                    recent_returns.append(item["episode"]["r"])

        with torch.no_grad():
            next_value = agent.get_value(next_obs, next_lstm_state, next_done).reshape(1, -1)
            advantages = torch.zeros_like(rewards).to(device)
            lastgaelam = 0
            for t in reversed(range(args.num_steps)):
                if t == args.num_steps - 1:
                    nextnonterminal = 1.0 - next_done
                    nextvalues = next_value
                else:
                    nextnonterminal = 1.0 - dones[t + 1]
                    nextvalues = values[t + 1]
                delta = rewards[t] + args.gamma * nextvalues * nextnonterminal - values[t]
                advantages[t] = lastgaelam = delta + args.gamma * args.gae_lambda * nextnonterminal * lastgaelam
            returns = advantages + values

        b_obs = obs.reshape((-1, envs.obs_dim))
        b_logprobs = logprobs.reshape(-1)
        b_actions = actions.reshape(-1)
        b_dones = dones.reshape(-1)
        b_advantages = advantages.reshape(-1)
        b_returns = returns.reshape(-1)
        b_values = values.reshape(-1)

        assert args.num_envs % args.num_minibatches == 0
        envsperbatch = args.num_envs // args.num_minibatches
        envinds = torch.arange(args.num_envs)
        flatinds = torch.arange(args.batch_size).reshape(args.num_steps, args.num_envs)
        clipfracs = []
        for epoch in range(args.update_epochs):
            envinds = envinds[torch.randperm(args.num_envs)]
            for start in range(0, args.num_envs, envsperbatch):
                end = start + envsperbatch
                mbenvinds = envinds[start:end]
                mb_inds = flatinds[:, mbenvinds].ravel()

                _, newlogprob, entropy, newvalue, _ = agent.get_action_and_value(
                    b_obs[mb_inds],
                    (initial_lstm_state[0][:, mbenvinds], initial_lstm_state[1][:, mbenvinds]),
                    b_dones[mb_inds],
                    b_actions.long()[mb_inds],
                )
                logratio = newlogprob - b_logprobs[mb_inds]
                ratio = logratio.exp()

                with torch.no_grad():
                    old_approx_kl = (-logratio).mean()
                    approx_kl = ((ratio - 1) - logratio).mean()
                    clipfracs += [((ratio - 1.0).abs() > args.clip_coef).float().mean().item()]

                mb_advantages = b_advantages[mb_inds]
                if args.norm_adv:
                    mb_advantages = (mb_advantages - mb_advantages.mean()) / (mb_advantages.std() + 1e-8)

                pg_loss1 = -mb_advantages * ratio
                pg_loss2 = -mb_advantages * torch.clamp(ratio, 1 - args.clip_coef, 1 + args.clip_coef)
                pg_loss = torch.max(pg_loss1, pg_loss2).mean()

                newvalue = newvalue.view(-1)
                if args.clip_vloss:
                    v_loss_unclipped = (newvalue - b_returns[mb_inds]) ** 2
                    v_clipped = b_values[mb_inds] + torch.clamp(newvalue - b_values[mb_inds], -args.clip_coef, args.clip_coef)
                    v_loss_clipped = (v_clipped - b_returns[mb_inds]) ** 2
                    v_loss = 0.5 * torch.max(v_loss_unclipped, v_loss_clipped).mean()
                else:
                    v_loss = 0.5 * ((newvalue - b_returns[mb_inds]) ** 2).mean()

                entropy_loss = entropy.mean()
                loss = pg_loss - args.ent_coef * entropy_loss + v_loss * args.vf_coef

                optimizer.zero_grad()
                loss.backward()  # TM001-here
                nn.utils.clip_grad_norm_(agent.parameters(), args.max_grad_norm)
                optimizer.step()

            if args.target_kl is not None and approx_kl > args.target_kl:
                break

        y_pred, y_true = b_values, b_returns
        explained_var = explained_variance(y_pred, y_true)
        sps = int(global_step / max(time.time() - start_time, 1e-6))
        logger.info("update=%d step=%d v_loss=%.4f pg_loss=%.4f ent=%.4f kl=%.4f clip=%.3f ev=%.3f sps=%d",
                    update, global_step, v_loss.item(), pg_loss.item(), entropy_loss.item(), approx_kl.item(),
                    sum(clipfracs) / max(len(clipfracs), 1), explained_var, sps)
        if recent_returns:
            logger.info("mean episodic return %.3f", sum(recent_returns) / len(recent_returns))
        if update % args.eval_frequency == 0:
            logger.info("greedy eval return %.3f", evaluate_agent(agent, args, args.eval_episodes))

    print("done", run_name)
