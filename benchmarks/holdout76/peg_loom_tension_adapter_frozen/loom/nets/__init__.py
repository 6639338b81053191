from .weaver import WeftModel, freeze
