def onpolicy_trainer(policy, collector, max_epoch, step_per_collect):
    stats = {}
    policy.train()
    for epoch in range(max_epoch):
        for _ in range(step_per_collect):
            episodes = collector.collect(n_episode=2)
            stats = policy.update(episodes)
        stats["epoch"] = epoch
    return stats
