def print_epoch(runner):
    print(f"epoch {runner.state['epoch']} train loss {runner.state['loss']:.4f}")
