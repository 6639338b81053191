# expect: crash
"""ikostrikov pytorch-a2c-ppo-acktr-gail style: a recurrent Policy with a GRU base collects rollouts with
`actor_critic.act()` under no_grad and `agent.update(rollouts)` runs PPO epochs. Every `eval_interval` updates
`evaluation.evaluate()` is called; this fork added `actor_critic.eval()` there for deterministic actions, and the
main loop never switches back before the next update."""
import torch

from a2c_ppo_acktr import algo
from a2c_ppo_acktr.evaluation import evaluate
from a2c_ppo_acktr.model import Policy
from a2c_ppo_acktr.storage import RolloutStorage

NUM_STEPS, NUM_PROCS, OBS = 5, 2, 4


class FakeEnv:
    def reset(self):
        return torch.randn(NUM_PROCS, OBS)

    def step(self, action):
        return torch.randn(NUM_PROCS, OBS), torch.randn(NUM_PROCS, 1), torch.zeros(NUM_PROCS, 1)


def main(num_updates=3, eval_interval=1):
    envs = FakeEnv()
    actor_critic = Policy(OBS, 3, base_kwargs={"recurrent": True, "hidden_size": 16})
    agent = algo.PPO(actor_critic, clip_param=0.2, ppo_epoch=2, num_mini_batch=1, value_loss_coef=0.5,
                     entropy_coef=0.01, lr=7e-4)
    rollouts = RolloutStorage(NUM_STEPS, NUM_PROCS, OBS, actor_critic.recurrent_hidden_state_size)
    rollouts.obs[0].copy_(envs.reset())
    for j in range(num_updates):
        for step in range(NUM_STEPS):
            with torch.no_grad():
                value, action, logp, rhs = actor_critic.act(rollouts.obs[step], rollouts.recurrent_hidden_states[step],
                                                            rollouts.masks[step])
            obs, reward, done = envs.step(action)
            rollouts.insert(obs, rhs, action, logp, value, reward, 1 - done)
        with torch.no_grad():
            next_value = actor_critic.get_value(rollouts.obs[-1], rollouts.recurrent_hidden_states[-1], rollouts.masks[-1])
        rollouts.compute_returns(next_value, gamma=0.99)
        print(j, agent.update(rollouts))
        rollouts.after_update()
        if j % eval_interval == 0:
            evaluate(actor_critic, FakeEnv(), num_episodes=1)


if __name__ == "__main__":
    main()
    print("done")
