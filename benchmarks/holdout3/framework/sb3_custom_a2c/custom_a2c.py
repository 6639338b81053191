# expect: crash
# category: framework
"""A user A2C subclass of an SB3-style OnPolicyAlgorithm with an LSTM policy; train() is overridden."""
import torch

from algo import OnPolicyAlgorithm, RecurrentActorCriticPolicy, ToyEnv

torch.manual_seed(8)


class MyA2C(OnPolicyAlgorithm):
    """A2C with an entropy bonus and a normalised advantage."""

    def __init__(self, policy, env, ent_coef=0.01, vf_coef=0.5, max_grad_norm=0.5, **kwargs):
        super().__init__(policy, env, **kwargs)
        self.ent_coef, self.vf_coef, self.max_grad_norm = ent_coef, vf_coef, max_grad_norm
        self.logger = []

    def train(self, buffer):
        obs = torch.cat(buffer["obs"])
        actions = torch.cat(buffer["actions"])
        values, log_prob, entropy = self.policy.evaluate_actions(obs, actions)
        advantages = buffer["returns"] - torch.stack(buffer["values"]).squeeze(-1)
        advantages = (advantages - advantages.mean()) / (advantages.std() + 1e-8)
        policy_loss = -(advantages * log_prob).mean()
        value_loss = torch.nn.functional.mse_loss(buffer["returns"], values)
        loss = policy_loss + self.ent_coef * -entropy.mean() + self.vf_coef * value_loss
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(self.policy.parameters(), self.max_grad_norm)
        self.optimizer.step()
        self.logger.append({"policy_loss": policy_loss.item(), "value_loss": value_loss.item()})


if __name__ == "__main__":
    env = ToyEnv(obs_dim=3)
    agent = MyA2C(RecurrentActorCriticPolicy(3, 2), env, n_steps=6)
    agent.learn(total_timesteps=18)
    print(agent.logger[-1])
