def onpolicy_trainer(policy, train_collector, test_collector, max_epoch, episode_per_test=1):
    for epoch in range(max_epoch):
        policy.train()
        train_collector.collect(n_episode=2)
        stats = policy.update(train_collector.buffer)
        result = test_collector.collect(n_episode=episode_per_test)
        print(f"epoch {epoch}: loss {stats['loss']:.3f} test rew {result['rew']:.2f}")
