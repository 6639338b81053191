import torch

from policies import RecurrentActorCriticPolicy


class RolloutBuffer:
    def __init__(self):
        self.reset()

    def reset(self):
        self.obs, self.actions, self.rewards, self.values, self.log_probs = [], [], [], [], []

    def add(self, obs, action, reward, value, log_prob):
        self.obs.append(obs)
        self.actions.append(action)
        self.rewards.append(reward)
        self.values.append(value)
        self.log_probs.append(log_prob)


class OnPolicyAlgorithm:
    def __init__(self, env, n_steps=8, learning_rate=3e-3, gamma=0.9):
        self.env = env
        self.n_steps = n_steps
        self.gamma = gamma
        self.policy = RecurrentActorCriticPolicy(env.obs_dim, 2)
        self.optimizer = torch.optim.Adam(self.policy.parameters(), lr=learning_rate)
        self.rollout_buffer = RolloutBuffer()

    def collect_rollouts(self):
        self.policy.set_training_mode(False)
        self.rollout_buffer.reset()
        obs, states = self.env.reset(), None
        for _ in range(self.n_steps):
            with torch.no_grad():
                actions, values, log_probs, states = self.policy(obs, states)
            new_obs, rewards = self.env.step(actions)
            self.rollout_buffer.add(obs, actions, rewards, values, log_probs)
            obs = new_obs

    def returns(self):
        ret, out = torch.zeros(self.env.n_envs), []
        for r in reversed(self.rollout_buffer.rewards):
            ret = r + self.gamma * ret
            out.insert(0, ret)
        return out

    def learn(self, total_timesteps):
        steps = 0
        while steps < total_timesteps:
            self.collect_rollouts()
            self.train()
            steps += self.n_steps * self.env.n_envs
        return self


class RecurrentPPO(OnPolicyAlgorithm):
    def __init__(self, env, clip_range=0.2, **kwargs):
        super().__init__(env, **kwargs)
        self.clip_range = clip_range

    def train(self):
        self.policy.set_training_mode(True)
        buf = self.rollout_buffer
        obs, actions = torch.stack(buf.obs), torch.stack(buf.actions)
        old_log_prob, returns = torch.stack(buf.log_probs), torch.stack(self.returns())
        for _ in range(2):
            values, log_prob, entropy = self.policy.evaluate_actions(obs.flatten(0, 1), actions.flatten())
            adv = (returns - torch.stack(buf.values)).flatten()
            ratio = torch.exp(log_prob - old_log_prob.flatten())
            policy_loss = -torch.min(ratio * adv, ratio.clamp(1 - self.clip_range, 1 + self.clip_range) * adv).mean()
            loss = policy_loss + 0.5 * ((returns.flatten() - values) ** 2).mean() - 0.01 * entropy.mean()
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
