def run_evaluation_episodes(env, agent, n_episodes):
    scores = []
    with agent.eval_mode():
        for _ in range(n_episodes):
            obs, done, total = env.reset(), False, 0.0
            while not done:
                obs, r, done, _ = env.step(agent.act(obs))
                total += r
            scores.append(total)
    return sum(scores) / len(scores)


def train_agent_with_evaluation(agent, env, steps, eval_n_episodes, eval_interval):
    obs = env.reset()
    agent._episode = [obs]
    evals = []
    for t in range(1, steps + 1):
        action = agent.act(obs)
        obs, r, done, info = env.step(action)
        agent.observe(obs, r, done, reset=False)
        if done:
            obs = env.reset()
            agent._episode = [obs]
        if t % eval_interval == 0:
            evals.append(run_evaluation_episodes(env, agent, eval_n_episodes))
    return {"evals": evals}
