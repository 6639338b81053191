import inspect


class Depends:
    def __init__(self, dependency):
        self.dependency = dependency


class App:
    def __init__(self):
        self.routes = {}

    def post(self, path):
        def deco(fn):
            self.routes[("POST", path)] = fn
            return fn
        return deco

    async def handle(self, method, path, body):
        fn = self.routes[(method, path)]
        kwargs = {}
        for name, param in inspect.signature(fn).parameters.items():
            if isinstance(param.default, Depends):
                kwargs[name] = param.default.dependency()
            else:
                kwargs[name] = body
        return await fn(**kwargs)
