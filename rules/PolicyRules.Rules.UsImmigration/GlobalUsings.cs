global using NRules.Fluent.Dsl;
global using PolicyRules.Authoring;
global using PolicyRules.Facts;
global using PolicyRules.Rules.UsImmigration.Derived;
global using PolicyRules.Rules.UsImmigration.Law;
