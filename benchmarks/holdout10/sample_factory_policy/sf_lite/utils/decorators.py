import functools


def in_train_mode(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self.actor_critic.train()
        return method(self, *args, **kwargs)
    return wrapper
