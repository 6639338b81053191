# expect: crash
# category: framework
"""REINFORCE on top of the same OnPolicyAlgorithm base: keep the log-probs from the rollout and
differentiate them directly instead of re-evaluating the actions."""
import torch

from algorithms import OnPolicyAlgorithm
from envs import ToyEnv


class Reinforce(OnPolicyAlgorithm):
    def collect_rollouts(self):
        self.policy.set_training_mode(False)
        self.rollout_buffer.reset()
        obs, states = self.env.reset(), None
        for _ in range(self.n_steps):
            actions, values, log_probs, states = self.policy(obs, states)
            new_obs, rewards = self.env.step(actions)
            self.rollout_buffer.add(obs, actions, rewards, values, log_probs)
            obs = new_obs

    def train(self):
        self.policy.set_training_mode(True)
        returns = torch.stack(self.returns())
        log_probs = torch.stack(self.rollout_buffer.log_probs)
        loss = -(log_probs * (returns - returns.mean())).mean()
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()


torch.manual_seed(0)
agent = Reinforce(ToyEnv(seed=3), n_steps=5)
agent.learn(total_timesteps=60)
