"""Collect an episode with the current policy; acting is done with dropout disabled."""


def collect(env, net):
    net.eval()
    obs, state = env.reset(), net.initial_state(env.n_envs)
    rollout = {"rewards": [], "values": [], "log_probs": [], "entropies": []}
    done = False
    while not done:
        dist, value, state = net(obs, state)
        action = dist.sample()
        obs, reward, done = env.step(action)
        rollout["rewards"].append(reward)
        rollout["values"].append(value)
        rollout["log_probs"].append(dist.log_prob(action))
        rollout["entropies"].append(dist.entropy())
    return rollout
