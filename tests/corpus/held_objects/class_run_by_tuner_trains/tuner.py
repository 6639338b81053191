def run_trials(trainable_cls, configs, iterations):
    """Build one trial per config from the class it is given and step it a few times."""
    results = []
    for config in configs:
        trial = trainable_cls(config)
        for _ in range(iterations):
            results.append(trial.step())
    return results
