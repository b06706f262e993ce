global using NRules.Fluent.Dsl;
global using PolicyRules.Authoring;
global using PolicyRules.Facts;
global using PolicyRules.Rules.UsExtradition.Derived;
global using PolicyRules.Rules.UsExtradition.Law;
global using PolicyRules.Rules.UsExtradition.Reference;
